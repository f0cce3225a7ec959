import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../server/auth/password.js';
import { LoginLimiter } from '../../server/auth/login-limiter.js';

describe('password hashing', () => {
  it('salts every hash and verifies only the right password', async () => {
    const [a, b] = await Promise.all([hashPassword('een lang wachtwoord'), hashPassword('een lang wachtwoord')]);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toContain('wachtwoord');
    expect(await verifyPassword('een lang wachtwoord', a)).toBe(true);
    expect(await verifyPassword('een lang wachtwoorD', a)).toBe(false);
    expect(await verifyPassword('een lang wachtwoord', 'md5$abc')).toBe(false);
    expect(await verifyPassword('een lang wachtwoord', a.slice(0, -4))).toBe(false);
  });
});

describe('login limiter', () => {
  it('blocks after the maximum failures until the oldest one leaves the window', () => {
    let t = 0;
    const l = new LoginLimiter(3, 60_000, () => t);
    for (let i = 0; i < 3; i++) {
      expect(l.retryAfter('k')).toBe(0);
      l.fail('k');
      t += 10_000;
    }
    expect(l.retryAfter('k')).toBe(30);
    expect(l.retryAfter('ander')).toBe(0);
    t = 60_001;
    expect(l.retryAfter('k')).toBe(0);
    l.succeed('k');
    expect(l.retryAfter('k')).toBe(0);
  });
});
