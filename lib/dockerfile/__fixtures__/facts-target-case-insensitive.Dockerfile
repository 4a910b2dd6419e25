FROM alpine AS test
RUN x
FROM alpine AS prod
