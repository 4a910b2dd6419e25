FROM alpine AS first
COPY --from=later /x /x
FROM alpine AS later
RUN x
FROM alpine AS final
COPY --from=later /x /x
