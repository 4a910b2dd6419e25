FROM alpine:3.23 AS build
RUN echo hi > /hi

# Only the exact word scratch is the empty image; Scratch is an image reference.
FROM Scratch
COPY --from=build /hi /hi
