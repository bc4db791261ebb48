/** Argument checks shared by the packages of this module; not exported. */
package io.github.numkit.optimization.validation;
