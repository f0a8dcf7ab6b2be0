/** /events: extracted events, filterable by type and country, newest first. */
import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { PLOVER_TYPES, type PloverType } from '@marsad/contracts';
import { EventsRepository } from '@marsad/database';
import { ListQueryDto, toListResponse } from '../http/list-query.dto';
import { DEFAULT_TENANT } from '../http/tenant';

class ListEventsQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: PLOVER_TYPES })
  @IsOptional()
  @IsIn(PLOVER_TYPES)
  type?: PloverType;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2', example: 'SY' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;
}

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsRepository) {}

  @Get()
  async list(@Query() query: ListEventsQueryDto) {
    const page = await this.events.list({
      tenantId: DEFAULT_TENANT,
      limit: query.limit,
      startingAfter: query.starting_after,
      type: query.type,
      country: query.country,
    });
    return toListResponse(page);
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    const event = await this.events.get(id, DEFAULT_TENANT);
    if (!event) throw new NotFoundException(`No event ${id}`);
    return event;
  }
}
