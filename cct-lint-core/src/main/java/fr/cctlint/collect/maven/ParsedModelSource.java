package fr.cctlint.collect.maven;

import org.apache.maven.model.Model;
import org.apache.maven.model.building.ModelSource;

/** A model source whose raw model is already at hand: {@link TreeModelReader} hands out a copy instead of parsing. */
interface ParsedModelSource extends ModelSource {
    /** A fresh copy of the raw model (Maven changes the model it is given). */
    Model model();
}
