/** Container resources the application defines for itself, such as its DataSource. */
package no.ipt.web.config;
