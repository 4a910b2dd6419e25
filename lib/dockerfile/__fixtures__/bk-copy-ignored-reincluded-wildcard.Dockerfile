
FROM scratch
COPY sub/*.txt /
