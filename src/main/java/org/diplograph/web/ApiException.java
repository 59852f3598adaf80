package org.diplograph.web;

/**
 * An error meant for the client, with its HTTP status. Services throw it (it does not depend on Javalin) and the
 * one exception mapper in {@link HttpServer} turns it into an {@link ApiError}.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String title;

    public ApiException(int status, String title, String detail) {
        super(detail);
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "Bad request", detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "Not found", detail);
    }

    public static ApiException unprocessable(String detail) {
        return new ApiException(422, "Unprocessable content", detail);
    }

    public static ApiException tooLarge(String detail) {
        return new ApiException(413, "Content too large", detail);
    }
}
