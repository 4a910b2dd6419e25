FROM alpine:3.23 AS app
COPY --from=assets /a /a

FROM alpine:3.23 AS assets
RUN echo a > /a

FROM Tools AS unused
RUN true
