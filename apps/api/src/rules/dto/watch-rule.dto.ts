/** HTTP shape of a watch rule; the deep checks (types, query syntax, ranges) are libs/rules' parseWatchRule. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsObject, IsOptional, IsString, Length } from 'class-validator';
import { PLOVER_TYPES } from '@marsad/contracts';

export class RuleMatchDoc {
  @ApiPropertyOptional({ enum: PLOVER_TYPES, isArray: true, example: ['ASSAULT'] })
  types?: string[];
  @ApiPropertyOptional({ example: ['aerial', 'shelling'] })
  modes?: string[];
  @ApiPropertyOptional({ description: 'Actor ids or names', example: ['ISIS'] })
  actors?: string[];
  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2', example: ['SY'] })
  countries?: string[];
  @ApiPropertyOptional({ example: { lat: 34.556, lon: 38.267, radiusKm: 50 } })
  near?: { lat: number; lon: number; radiusKm: number };
  @ApiPropertyOptional({ example: 3 })
  minKilled?: number;
  @ApiPropertyOptional()
  minInjured?: number;
  @ApiPropertyOptional({
    description: 'Boolean keyword query, Arabic-aware (AND, OR, NOT, "phrases", parentheses)',
    example: 'تدمر OR Palmyra',
  })
  query?: string;
  @ApiPropertyOptional({ example: ['ar', 'en'] })
  languages?: string[];
}

export class CreateWatchRuleDto {
  @ApiProperty({ example: 'Deadly attacks in Syria' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiProperty({ type: RuleMatchDoc })
  @IsObject()
  match!: Record<string, unknown>;

  @ApiPropertyOptional({ example: { maxAlerts: 10, perSeconds: 3600 }, nullable: true })
  @IsOptional()
  @IsObject()
  throttle?: Record<string, unknown> | null;
}

export class UpdateWatchRuleDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ type: RuleMatchDoc })
  @IsOptional()
  @IsObject()
  match?: Record<string, unknown>;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsObject()
  throttle?: Record<string, unknown> | null;
}
