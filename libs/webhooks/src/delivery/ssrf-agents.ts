// HTTP agents for webhook delivery. request-filtering-agent checks the address a hostname resolves to at connect
// time, inside the agent's lookup, so a DNS answer that changes between a check and the connection (rebinding)
// cannot slip a private address through. Agents are cached: one per (protocol, private-allowed) pair.
import type { Agent } from 'node:http';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';

const cache = new Map<string, Agent>();

export function deliveryAgent(protocol: 'http:' | 'https:', allowPrivateNetworks: boolean): Agent {
  const key = `${protocol}${allowPrivateNetworks}`;
  let agent = cache.get(key);
  if (!agent) {
    // No keep-alive: deliveries go to many hosts, rarely twice in a row to the same one, and an idle pooled socket
    // would outlive the policy it was checked against.
    const options = { keepAlive: false, allowPrivateIPAddress: allowPrivateNetworks, allowMetaIPAddress: false };
    agent = protocol === 'https:' ? new RequestFilteringHttpsAgent(options) : new RequestFilteringHttpAgent(options);
    cache.set(key, agent);
  }
  return agent;
}

/** request-filtering-agent reports a blocked address as `DNS lookup <ip>(...) is not allowed. Because, ...`. */
export function blockedAddressOf(error: Error): string | null {
  if (!/is not allowed\. Because/.test(error.message)) return null;
  return /DNS lookup (\S+?)\(/.exec(error.message)?.[1] ?? 'unknown address';
}
