/** HTTP shape of a news source (a feed or page the ingestor polls, or a named push/file origin). */
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Length, Max, Min, ValidateIf } from 'class-validator';
import { SOURCE_KINDS, type SourceKind } from '@marsad/database';

const POLLED: readonly SourceKind[] = ['rss', 'atom', 'json', 'page'];

export class CreateSourceDto {
  @ApiProperty({ example: 'Reuters Middle East' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: SOURCE_KINDS, example: 'rss' })
  @IsIn(SOURCE_KINDS)
  kind!: SourceKind;

  @ApiPropertyOptional({
    example: 'https://example.org/feed.xml',
    description: 'Required for rss, atom, json and page',
  })
  @ValidateIf((o: CreateSourceDto) => POLLED.includes(o.kind) || o.url !== undefined)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  url?: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ default: 900, minimum: 60, maximum: 86400 })
  @IsOptional()
  @IsInt()
  @Min(60)
  @Max(86400)
  pollIntervalSeconds?: number;
}

export class UpdateSourceDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false })
  url?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ minimum: 60, maximum: 86400 })
  @IsOptional()
  @IsInt()
  @Min(60)
  @Max(86400)
  pollIntervalSeconds?: number;
}
