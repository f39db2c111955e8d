package org.ladder.base.web;

import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import jakarta.servlet.MultipartConfigElement;

/**
 * The one limit for uploaded files. The servlet container's multipart limits (Vaadin's servlet takes them from
 * this bean) and every Upload component's {@code setMaxFileSize} use {@link #MAX_FILE_BYTES}, so a file the
 * page accepts is never refused by the server with a bare "Upload forbidden".
 */
@Configuration
public class UploadLimits {

    /** Largest file anyone may upload: 10 MB. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    /** Room for the multipart envelope around the largest file. */
    static final int MAX_REQUEST_BYTES = MAX_FILE_BYTES + 1024 * 1024;

    /** The message an Upload shows for a file over the limit. */
    public static String tooLargeMessage() {
        return "The file is larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB.";
    }

    @Bean
    MultipartConfigElement multipartConfigElement() {
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(MAX_FILE_BYTES));
        factory.setMaxRequestSize(DataSize.ofBytes(MAX_REQUEST_BYTES));
        return factory.createMultipartConfig();
    }
}
