package fr.cctlint.model;

/** Where an inventory came from. */
public enum SourceKind { SBOM, FOLDER, GIT }
