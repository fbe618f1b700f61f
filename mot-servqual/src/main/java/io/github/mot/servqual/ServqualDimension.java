package io.github.mot.servqual;

/**
 * The five SERVQUAL dimensions of service quality (Parasuraman, Zeithaml and Berry 1988), in the
 * order of importance that customers usually give them.
 *
 * @since 0.1.0
 */
public enum ServqualDimension {
  /** Ability to perform the promised service dependably and accurately. */
  RELIABILITY,
  /** Willingness to help customers and provide prompt service. */
  RESPONSIVENESS,
  /** Knowledge and courtesy of employees and their ability to inspire trust and confidence. */
  ASSURANCE,
  /** Caring, individualised attention the firm provides its customers. */
  EMPATHY,
  /** Appearance of physical facilities, equipment, personnel and communication materials. */
  TANGIBLES
}
