/**
 * Requests processed by a structure, and the announced delays they are measured against (the
 * indicator "respect du délai de traitement annoncé").
 */
@NullMarked
package fr.spsplus.core.request;

import org.jspecify.annotations.NullMarked;
