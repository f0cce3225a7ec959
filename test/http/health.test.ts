import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.js';
import { emptyIndex } from '../support/empty-index.js';

const knowledge = emptyIndex({ documents: 2, chunks: 5 });
const app = createApp({ version: 't', knowledge, llmEnabled: false });

describe('GET /api/health', () => {
  it('reports status, counts and llm mode', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', version: 't', documents: 2, chunks: 5, llm: 'uit' });
  });
  it('answers unknown paths with a Dutch 404 body', async () => {
    const res = await app.request('/api/bestaat-niet');
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('niet-gevonden');
    expect(body.error.message).toMatch(/Onbekend adres/);
  });
});
