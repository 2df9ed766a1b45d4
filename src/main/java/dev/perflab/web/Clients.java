package dev.perflab.web;

import java.net.InetSocketAddress;
import org.springframework.web.server.ServerWebExchange;

/**
 * Who asks, for per-client caps: the connection's address. Forwarding headers are not trusted;
 * a lab behind a proxy sets Spring's forwarded-header handling so the address is the client's.
 */
final class Clients {

    private Clients() {}

    static String of(ServerWebExchange exchange) {
        InetSocketAddress address = exchange.getRequest().getRemoteAddress();
        return address == null || address.getAddress() == null
                ? "unknown"
                : address.getAddress().getHostAddress();
    }
}
