FROM alpine AS build
RUN echo hi > /x
FROM alpine
COPY --from=BUILD /x /x
