FROM alpine AS build
RUN echo hi > /x
FROM alpine
COPY --from=0 /x /x
