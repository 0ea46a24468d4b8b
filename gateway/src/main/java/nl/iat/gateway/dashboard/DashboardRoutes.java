package nl.iat.gateway.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The dashboard is static files from the gateway's resources ({@code /dashboard/}) and the chart
 * library bundled at build time ({@code /_static/echarts/}). It runs under a strict
 * Content-Security-Policy: its own scripts and styles only, no inline code, and it talks only to
 * this origin (the report APIs through the gateway).
 */
@ApplicationScoped
public class DashboardRoutes {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    void register(@Observes Router router) {
        // Vert.x matches "/dashboard" for "/dashboard/" too: redirect only the address without the slash.
        router.get("/dashboard").handler(rc -> {
            if (rc.request().path().equals("/dashboard")) {
                rc.redirect("/dashboard/");
            } else {
                rc.next();
            }
        });
        router.route("/dashboard/*").order(-1).handler(DashboardRoutes::strictPolicy);
        router.route("/_static/echarts/*").order(-1).handler(DashboardRoutes::strictPolicy);
    }

    private static void strictPolicy(RoutingContext rc) {
        rc.addHeadersEndHandler(ignored -> {
            rc.response().headers().set("Content-Security-Policy", POLICY);
            // Files change only with a new gateway: revalidate, never serve a stale page after an upgrade.
            rc.response().headers().set("Cache-Control", "no-cache");
        });
        rc.next();
    }
}
