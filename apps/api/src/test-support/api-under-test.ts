/**
 * Boots the real api app in-process on a free loopback port for integration specs, and a small fetch wrapper
 * that returns status, content type and the parsed body (supertest is not a dependency; node's fetch is enough).
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@marsad/config';
import { createApi } from '../main';

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  contentType: string;
  body: T;
  text: string;
}

export interface ApiUnderTest {
  app: INestApplication;
  baseUrl: string;
  request<T = Record<string, unknown>>(
    method: string,
    path: string,
    options?: { body?: unknown; headers?: Record<string, string> },
  ): Promise<ApiResponse<T>>;
  close(): Promise<void>;
}

export async function startApiUnderTest(config: AppConfig): Promise<ApiUnderTest> {
  const app = await createApi(config);
  await app.listen(0, '127.0.0.1');
  const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    baseUrl,
    async request<T>(method: string, path: string, options: { body?: unknown; headers?: Record<string, string> } = {}) {
      const res = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
          ...options.headers,
        },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
      });
      const text = await res.text();
      const contentType = res.headers.get('content-type') ?? '';
      const body = (contentType.includes('json') && text ? JSON.parse(text) : {}) as T;
      return { status: res.status, contentType, body, text };
    },
    close: () => app.close(),
  };
}
