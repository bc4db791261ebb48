/**
 * A consumer that is itself a named module: it reads numkit's modules by their published names,
 * io.github.numkit.calculus (a named module) and io.github.numkit.linalg (an automatic module with
 * a stable Automatic-Module-Name).
 */
module numkit.consumer {
    requires io.github.numkit.linalg;
    requires io.github.numkit.calculus;
}
