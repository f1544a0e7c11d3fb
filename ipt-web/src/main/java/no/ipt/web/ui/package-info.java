/**
 * The browser user interface: Jakarta Faces pages (PrimeFaces) for procurement officers and
 * steering groups. The page beans only read through and act through the same application services
 * as the REST API ({@code no.ipt.application.*}), with the logged-in {@link no.ipt.web.security.CurrentCaller};
 * all text comes from the resource bundles {@code no/ipt/web/ui/messages*.properties} (Norwegian
 * Bokmål by default, English selectable).
 */
package no.ipt.web.ui;
