// The reads and writes every tenant-owned resource shares (get, patch, delete, cursor list), each confined to
// the tenant. Writes take an optional EntityManager so a caller can put them and their outbox notice in one
// transaction.
import type { DataSource, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { fetchCursorPage, type Page, type PageRequest } from '../pagination/cursor-page';

export interface TenantOwned extends ObjectLiteral {
  id: string;
  tenantId: string;
  createdAt: Date;
}

export abstract class TenantScopedRepository<T extends TenantOwned, Patch extends Partial<T>> {
  protected constructor(
    protected readonly dataSource: DataSource,
    private readonly entity: EntityTarget<T>,
  ) {}

  protected repositoryOf(manager: EntityManager = this.dataSource.manager): Repository<T> {
    return manager.getRepository(this.entity);
  }

  private key(id: string, tenantId: string): FindOptionsWhere<T> {
    return { id, tenantId } as FindOptionsWhere<T>;
  }

  async get(id: string, tenantId: string, manager?: EntityManager): Promise<T | null> {
    return this.repositoryOf(manager).findOneBy(this.key(id, tenantId));
  }

  /** The updated row, or null when the tenant has none with this id. */
  async update(id: string, tenantId: string, patch: Patch, manager?: EntityManager): Promise<T | null> {
    if (Object.keys(patch).length === 0) return this.get(id, tenantId, manager);
    const result = await this.repositoryOf(manager).update(this.key(id, tenantId), patch as QueryDeepPartialEntity<T>);
    return result.affected ? this.get(id, tenantId, manager) : null;
  }

  /** True when something was deleted. */
  async delete(id: string, tenantId: string, manager?: EntityManager): Promise<boolean> {
    const result = await this.repositoryOf(manager).delete(this.key(id, tenantId));
    return (result.affected ?? 0) > 0;
  }

  async list(request: PageRequest): Promise<Page<T>> {
    const repository = this.repositoryOf();
    return fetchCursorPage(repository, repository.createQueryBuilder('r').where('1 = 1'), 'r', request);
  }
}
