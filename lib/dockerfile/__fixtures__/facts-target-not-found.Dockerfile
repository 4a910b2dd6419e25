FROM alpine AS test
FROM alpine AS prod
