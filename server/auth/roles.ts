import type { Role } from '../store/types.js';

// What each role may do. Publishing to the kennisbank is the helpdesk's alone; beheer manages accounts, reads the
// audit log and ingests documents, but does not write legal answers.
export const PERMISSIONS = {
  'drafts:write': ['helpdesk'],
  'drafts:read': ['helpdesk'],
  'kennisbank:publish': ['helpdesk'],
  'kennisbank:read': ['helpdesk', 'beheer'],
  'feedback:read': ['helpdesk'],
  'users:manage': ['beheer'],
  /** Confirming a helpdesk role beheer gave: only the helpdesk itself may admit a new publisher. */
  'users:confirm': ['helpdesk'],
  'audit:read': ['beheer'],
  /** Erasure on a data subject's request: beheer handles AVG requests, without reading the texts themselves. */
  'privacy:erase': ['beheer'],
  ingest: ['beheer'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function allowed(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
