// Pages under test are served from 127.0.0.1 and nothing else may be contacted:
// corpus pages reference trackers and CDNs, and the extension must work offline.
// Both browsers send every other request to a proxy on the discard port, where
// nothing listens, so it fails at once; the loopback addresses below alone go direct.

const deadProxy = { host: '127.0.0.1', port: 9 };

/**
 * A second site for tests that need two hostnames (Backstory's per-site switch). Linux routes
 * all of 127.0.0.0/8 to the loopback interface, so a server can listen here without setup.
 */
export const secondLoopbackHost = '127.0.0.2';

/** The only hosts the browsers reach directly; `localhost` and every name stay blocked. */
export const directHosts: readonly string[] = ['127.0.0.1', secondLoopbackHost];

export const chromiumIsolationArgs: readonly string[] = [
  `--proxy-server=http://${deadProxy.host}:${deadProxy.port}`,
  // `<-loopback>` removes the implicit bypass of localhost, so only the direct hosts bypass.
  `--proxy-bypass-list=<-loopback>;${directHosts.join(';')}`,
  `--host-resolver-rules=MAP * ~NOTFOUND, ${directHosts.map((host) => `EXCLUDE ${host}`).join(', ')}`,
];

export const firefoxIsolationPrefs: Readonly<Record<string, string | number | boolean>> = {
  'network.proxy.type': 1,
  'network.proxy.http': deadProxy.host,
  'network.proxy.http_port': deadProxy.port,
  'network.proxy.ssl': deadProxy.host,
  'network.proxy.ssl_port': deadProxy.port,
  'network.proxy.no_proxies_on': directHosts.join(', '),
  'network.proxy.allow_hijacking_localhost': true,
  'network.proxy.failover_direct': false,
  'network.trr.mode': 5,
};
