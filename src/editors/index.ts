/**
 * The mail-client layer: knows Gmail's and Outlook's DOM, nothing about the browser or the UI. A content script picks
 * its adapter by hostname and asks it for drafts; everything else goes through the Draft and Extraction it gets back.
 */

import { gmailAdapter } from './gmail/adapter';
import { outlookAdapter } from './outlook/adapter';
import type { Client, EditorAdapter } from './types';

export type { Client, Draft, EditorAdapter, Extraction } from './types';
export { extract, type ExtractOptions } from './extract';
export { focusedAmong, isOpen, watchRemoval } from './lifecycle';
export { gmailAdapter, outlookAdapter };

/** The mail hosts (PRODUCT.md "Who uses it and where"); exact names only, so a look-alike subdomain gets nothing. */
const CLIENT_BY_HOST: Readonly<Record<string, Client>> = {
  'mail.google.com': 'gmail',
  'outlook.office.com': 'outlook',
  'outlook.office365.com': 'outlook',
  'outlook.live.com': 'outlook',
  'outlook.cloud.microsoft': 'outlook',
};

const ADAPTERS: Readonly<Record<Client, EditorAdapter>> = { gmail: gmailAdapter, outlook: outlookAdapter };

/** The mail client served at `hostname` (as in `location.hostname`), or null for any other site. */
export function clientForHost(hostname: string): Client | null {
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  return Object.hasOwn(CLIENT_BY_HOST, host) ? CLIENT_BY_HOST[host]! : null;
}

/** The adapter for `hostname`, or null when Poise does not run there. */
export function adapterForHost(hostname: string): EditorAdapter | null {
  const client = clientForHost(hostname);
  return client === null ? null : ADAPTERS[client];
}
