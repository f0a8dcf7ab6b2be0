/** HTTP shape of a webhook subscription. */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, IsUrl, IsUUID, Length } from 'class-validator';

export class CreateSubscriptionDto {
  @ApiProperty({ example: 'Analyst desk' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ example: 'https://example.org/hooks/marsad' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  url!: string;

  @ApiPropertyOptional({ description: 'Rules whose alerts to receive; omit or null for every rule', nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  ruleIds?: string[] | null;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

export class UpdateSubscriptionDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  url?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  ruleIds?: string[] | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}
