
FROM scratch
COPY sub /sub
