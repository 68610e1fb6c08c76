import { describe, expect, it } from 'vitest';
import { isPublicAddress } from './ip.js';

describe('isPublicAddress', () => {
  it.each([
    ['93.184.216.34', true],
    ['8.8.8.8', true],
    ['2606:4700:4700::1111', true],
    ['127.0.0.1', false],
    ['127.45.6.7', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['172.31.255.255', false],
    ['172.32.0.1', true],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['100.100.100.200', false],
    ['100.128.0.1', true],
    ['0.0.0.0', false],
    ['224.0.0.251', false],
    ['255.255.255.255', false],
    ['::', false],
    ['::1', false],
    ['[::1]', false],
    ['fe80::1', false],
    ['fd00:ec2::254', false],
    ['fc00::1', false],
    ['ff02::1', false],
    ['::ffff:127.0.0.1', false],
    ['::ffff:7f00:1', false],
    ['::ffff:10.0.0.1', false],
    ['::ffff:93.184.216.34', true],
    ['::127.0.0.1', false],
    ['64:ff9b::a9fe:a9fe', false],
    ['64:ff9b::5db8:d822', true],
    ['2002:7f00:1::', false],
    ['2002:5db8:d822::1', true],
    ['2001:0:4136:e378::1', false],
    ['not-an-ip', false],
    ['', false],
  ])('%s -> %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe('isPublicAddress, translated and local-use NAT64 forms', () => {
  it.each(['::ffff:0:7f00:1', '::ffff:0:a00:1', '64:ff9b:1::7f00:1', '64:ff9b:1::a9fe:a9fe'])('%s is not public', (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });
});
