package no.ipt.web.security;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login form's target: authenticates through the mechanism and goes on to the page asked for. */
@WebServlet(urlPatterns = "/login")
public class LoginServlet extends HttpServlet {

    @Inject
    SecurityContext securityContext;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        String next = safeNext(request.getParameter("next"));
        if (username == null || password == null || username.isBlank() || username.length() > 64
                || password.length() > 1024) {
            response.sendRedirect(request.getContextPath() + "/login.html?error=1");
            return;
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters
                .withParams().newAuthentication(true)
                .credential(new UsernamePasswordCredential(username.strip(), new Password(password))));
        if (status == AuthenticationStatus.SUCCESS) {
            response.sendRedirect(request.getContextPath() + next);
        } else if (!response.isCommitted()) {
            response.sendRedirect(request.getContextPath() + "/login.html?error=1");
        }
    }

    /** Only a path inside the application: never an absolute or protocol-relative URL (open redirect). */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("\r") || next.contains("\n")) {
            return "/";
        }
        return next;
    }
}
