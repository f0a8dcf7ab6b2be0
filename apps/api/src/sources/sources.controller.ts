/** /sources: the feeds and pages the ingestor polls, and named push/file origins. */
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidListQueryDto, toListResponse } from '../http/list-query.dto';
import { DEFAULT_TENANT } from '../http/tenant';
import { CreateSourceDto, UpdateSourceDto } from './dto/source.dto';
import { SourcesService } from './sources.service';

@ApiTags('sources')
@Controller('sources')
export class SourcesController {
  constructor(private readonly sources: SourcesService) {}

  @Post()
  @ApiOperation({ summary: 'Register a source; names are unique' })
  create(@Body() dto: CreateSourceDto) {
    return this.sources.create(DEFAULT_TENANT, dto);
  }

  @Get()
  async list(@Query() query: UuidListQueryDto) {
    const page = await this.sources.list({
      tenantId: DEFAULT_TENANT,
      limit: query.limit,
      startingAfter: query.starting_after,
    });
    return toListResponse(page);
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.sources.get(DEFAULT_TENANT, id);
  }

  @Patch(':id')
  update(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateSourceDto) {
    return this.sources.update(DEFAULT_TENANT, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.sources.remove(DEFAULT_TENANT, id);
  }
}
