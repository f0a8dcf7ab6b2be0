/** /subscriptions: webhook endpoints that receive signed alerts. */
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidListQueryDto, toListResponse } from '../http/list-query.dto';
import { DEFAULT_TENANT } from '../http/tenant';
import { CreateSubscriptionDto, UpdateSubscriptionDto } from './dto/subscription.dto';
import { SubscriptionsService } from './subscriptions.service';

@ApiTags('subscriptions')
@Controller('subscriptions')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Post()
  @ApiOperation({ summary: 'Create a webhook subscription; the answer shows its signing secret once' })
  create(@Body() dto: CreateSubscriptionDto) {
    return this.subscriptions.create(DEFAULT_TENANT, dto);
  }

  @Get()
  async list(@Query() query: UuidListQueryDto) {
    return toListResponse(await this.subscriptions.list(DEFAULT_TENANT, query.limit, query.starting_after));
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.subscriptions.get(DEFAULT_TENANT, id);
  }

  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateSubscriptionDto) {
    return this.subscriptions.update(DEFAULT_TENANT, id, dto);
  }

  @Post(':id/rotate-secret')
  @ApiOperation({ summary: 'Replace the signing secret; the answer shows the new one once' })
  rotate(@Param('id', ParseUUIDPipe) id: string) {
    return this.subscriptions.rotateSecret(DEFAULT_TENANT, id);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.subscriptions.remove(DEFAULT_TENANT, id);
  }
}
