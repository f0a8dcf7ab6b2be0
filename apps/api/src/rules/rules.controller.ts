/** /rules: CRUD for watch rules. */
import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { UuidListQueryDto, toListResponse } from '../http/list-query.dto';
import { DEFAULT_TENANT } from '../http/tenant';
import { CreateWatchRuleDto, UpdateWatchRuleDto } from './dto/watch-rule.dto';
import { RulesService } from './rules.service';

@ApiTags('watch rules')
@Controller('rules')
export class RulesController {
  constructor(private readonly rules: RulesService) {}

  @Post()
  @ApiOperation({ summary: 'Create a watch rule' })
  create(@Body() dto: CreateWatchRuleDto) {
    return this.rules.create(DEFAULT_TENANT, dto);
  }

  @Get()
  @ApiOperation({ summary: 'List watch rules, newest first' })
  async list(@Query() query: UuidListQueryDto) {
    return toListResponse(await this.rules.list(DEFAULT_TENANT, query.limit, query.starting_after));
  }

  @Get(':id')
  get(@Param('id', ParseUUIDPipe) id: string) {
    return this.rules.get(DEFAULT_TENANT, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Update a watch rule; send If-Match: <version> to refuse lost updates' })
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected version' })
  update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateWatchRuleDto,
    @Headers('if-match') ifMatch?: string,
  ) {
    const version = ifMatch && /^\d+$/.test(ifMatch.replace(/"/g, '')) ? Number(ifMatch.replace(/"/g, '')) : undefined;
    return this.rules.update(DEFAULT_TENANT, id, dto, version);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.rules.remove(DEFAULT_TENANT, id);
  }
}
