
FROM scratch
COPY sub/a.txt /
