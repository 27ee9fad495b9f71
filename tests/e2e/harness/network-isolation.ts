// Pages under test are served from 127.0.0.1 and nothing else may be contacted:
// corpus pages reference trackers and CDNs, and the extension must work offline.
// Both browsers send every other request to a proxy on the discard port, where
// nothing listens, so it fails at once; 127.0.0.1 alone goes direct.

const deadProxy = { host: '127.0.0.1', port: 9 };

export const chromiumIsolationArgs: readonly string[] = [
  `--proxy-server=http://${deadProxy.host}:${deadProxy.port}`,
  // `<-loopback>` removes the implicit bypass of localhost, so only 127.0.0.1 is direct.
  '--proxy-bypass-list=<-loopback>;127.0.0.1',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export const firefoxIsolationPrefs: Readonly<Record<string, string | number | boolean>> = {
  'network.proxy.type': 1,
  'network.proxy.http': deadProxy.host,
  'network.proxy.http_port': deadProxy.port,
  'network.proxy.ssl': deadProxy.host,
  'network.proxy.ssl_port': deadProxy.port,
  'network.proxy.no_proxies_on': '127.0.0.1',
  'network.proxy.allow_hijacking_localhost': true,
  'network.proxy.failover_direct': false,
  'network.trr.mode': 5,
};
