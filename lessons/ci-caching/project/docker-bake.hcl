# docker buildx bake: builds the "default" group, both targets at once
group "default" {
  targets = ["test", "production"]
}

# The test stage; its image is not kept, only its cache
target "test" {
  target = "test"
  output = [{ type = "cacheonly" }]
}

# The image you ship
target "production" {
  target = "production"
  tags   = ["hello-cmake:latest"]
}
