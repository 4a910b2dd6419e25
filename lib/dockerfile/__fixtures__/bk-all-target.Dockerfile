
FROM scratch AS first
COPY $foo .

FROM scratch AS second
COPY $bar .
