// hello-server answers every request on port 8080 with a greeting and the time in Vienna.
// The time zone needs tzdata, which a scratch image does not have: the Dockerfile builds
// with -tags timetzdata, so the binary carries its own copy.
package main

import (
	"fmt"
	"log"
	"net/http"
	"time"
)

func main() {
	vienna, err := time.LoadLocation("Europe/Vienna")
	if err != nil {
		log.Fatalf("loading the time zone: %v", err)
	}

	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		now := time.Now().In(vienna).Format("15:04")
		fmt.Fprintf(w, "Hello from the smallest runtime! It is %s in Vienna.\n", now)
	})

	log.Println("listening on :8080")
	log.Fatal(http.ListenAndServe(":8080", nil))
}
