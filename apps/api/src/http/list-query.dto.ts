/** Cursor pagination parameters shared by every list endpoint (Stripe style). */
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';

/** Page size, 1-100 (default 20): every list endpoint, cursor-paged or not. */
export class LimitQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit = 20;
}

export class ListQueryDto extends LimitQueryDto {
  @ApiPropertyOptional({ description: 'Id of the last item of the previous page' })
  @IsOptional()
  @IsString()
  starting_after?: string;
}

/** For resources keyed by uuid (rules, subscriptions, alerts): a malformed cursor is a 400, not a SQL error. */
export class UuidListQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ description: 'Id of the last item of the previous page', format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  declare starting_after?: string;
}

export interface ListResponse<T> {
  object: 'list';
  data: T[];
  has_more: boolean;
}

export function toListResponse<T>(page: { data: T[]; hasMore: boolean }): ListResponse<T> {
  return { object: 'list', data: page.data, has_more: page.hasMore };
}
