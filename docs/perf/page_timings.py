#!/usr/bin/env python3
"""Page weight and time to first byte of the lab's pages, against a running lab.

Usage: python3 docs/perf/page_timings.py http://127.0.0.1:8080 RUN_ID [--requests 20]

For each page: the median time to first byte of N sequential requests, and its weight: the HTML
plus every stylesheet, script and ES module it loads (imports followed), as sent over the wire
with `Accept-Encoding: gzip` and uncompressed.
"""
import argparse
import gzip
import http.client
import re
import statistics
import time
import urllib.parse


def fetch(base, path, gzip_ok=True):
    url = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    headers = {"Accept-Encoding": "gzip"} if gzip_ok else {}
    began = time.perf_counter()
    conn.request("GET", path, headers=headers)
    response = conn.getresponse()
    first = response.read(1)
    ttfb = time.perf_counter() - began
    body = first + response.read()
    wire = len(body)
    if response.getheader("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    conn.close()
    return response.status, ttfb, wire, body.decode("utf-8", "replace")


def assets(html):
    found = re.findall(r'<(?:script|link)[^>]+(?:src|href)="(/[^"]+\.(?:js|css))"', html)
    return list(dict.fromkeys(found))


def module_imports(path, source):
    folder = path.rsplit("/", 1)[0]
    return [urllib.parse.urljoin(folder + "/", name) for name in re.findall(r"from '(\./[^']+)'", source)]


def weight(base, path):
    status, _, wire, html = fetch(base, path)
    raw = len(html.encode())
    seen, queue = set(), assets(html)
    while queue:
        asset = queue.pop()
        if asset in seen:
            continue
        seen.add(asset)
        _, _, asset_wire, text = fetch(base, asset)
        wire += asset_wire
        raw += len(text.encode())
        if asset.endswith(".js") and "/js/" in asset:
            queue.extend(module_imports(asset, text))
    return status, wire, raw, len(seen)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("run_id")
    parser.add_argument("--requests", type=int, default=20)
    args = parser.parse_args()
    pages = {"catalog /": "/", "experiment page": "/experiments/ch09.pi-monte-carlo",
             "finished run page": f"/runs/{args.run_id}"}
    for name, path in pages.items():
        for _ in range(3):
            fetch(args.base, path)  # warm the server's code paths before timing
        ttfbs = [fetch(args.base, path)[1] * 1000 for _ in range(args.requests)]
        status, wire, raw, files = weight(args.base, path)
        print(f"{name:18} {path:40} status {status}  TTFB median {statistics.median(ttfbs):6.1f} ms"
              f" (min {min(ttfbs):.1f}, max {max(ttfbs):.1f}, n={len(ttfbs)})"
              f"  weight {wire / 1024:6.1f} KiB gzip / {raw / 1024:6.1f} KiB raw, {files + 1} files")


if __name__ == "__main__":
    main()
