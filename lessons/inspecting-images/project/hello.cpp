#include <cstdio>

int main()
{
    for (int i = 0; i < 10; i++)
    {
        printf("Hello world using CMake!\n");
    }
    return 0;
}
