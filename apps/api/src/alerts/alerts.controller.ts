/** /alerts: what matched which rule, newest first. */
import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AlertsRepository, type AlertEntity } from '@marsad/database';
import { UuidListQueryDto, toListResponse } from '../http/list-query.dto';
import { DEFAULT_TENANT } from '../http/tenant';

const toView = (a: AlertEntity) => ({
  id: a.id,
  object: 'alert',
  rule_id: a.ruleId,
  event_id: a.eventId,
  payload: a.payload,
  created_at: a.createdAt.toISOString(),
});

@ApiTags('alerts')
@Controller('alerts')
export class AlertsController {
  constructor(private readonly alerts: AlertsRepository) {}

  @Get()
  async list(@Query() query: UuidListQueryDto) {
    const page = await this.alerts.list({
      tenantId: DEFAULT_TENANT,
      limit: query.limit,
      startingAfter: query.starting_after,
    });
    return toListResponse({ data: page.data.map(toView), hasMore: page.hasMore });
  }

  @Get(':id')
  async get(@Param('id', ParseUUIDPipe) id: string) {
    const alert = await this.alerts.get(id, DEFAULT_TENANT);
    if (!alert) throw new NotFoundException(`No alert ${id}`);
    return toView(alert);
  }
}
