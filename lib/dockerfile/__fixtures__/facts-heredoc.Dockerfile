FROM alpine
RUN <<EOF
FROM nothing AS x
echo hi
EOF
COPY <<-END /a
	FROM again
	END
CMD ["sh"]
