
FROM scratch
COPY . .
	