FROM alpine
ADD --from=build /x /x
