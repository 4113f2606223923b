import { describe, expect, it } from 'vitest';
import { cookieValue, deviceIdFor, issueDeviceToken } from './device';

const secret = 'device-test-secret-device-test-secret-0123';

describe('device cookies', () => {
  it('prove a device for the account they were issued for, and only that one', () => {
    const token = issueDeviceToken('account-a', secret);
    expect(deviceIdFor(token, 'account-a', secret)).toMatch(/^[\w-]{16}$/);
    expect(deviceIdFor(token, 'account-b', secret)).toBeNull();
  });

  it('refuse a forged, altered or missing token', () => {
    const [account, id, signature] = issueDeviceToken('account-a', secret).split('.');
    expect(deviceIdFor(`${account}.${id}x.${signature}`, 'account-a', secret)).toBeNull();
    expect(deviceIdFor(issueDeviceToken('account-a', `${secret}-other`), 'account-a', secret)).toBeNull();
    expect(deviceIdFor(undefined, 'account-a', secret)).toBeNull();
    expect(deviceIdFor('garbage', 'account-a', secret)).toBeNull();
  });

  it('are read from a Cookie header among others', () => {
    expect(cookieValue('a=1; dateline-device=x.y.z; b=2', 'dateline-device')).toBe('x.y.z');
    expect(cookieValue(null, 'dateline-device')).toBeUndefined();
  });
});
