/**
 * Supplier mobilisation (mobilisering av tilbydarar), lifecycle stage 2: the market dialogue a
 * procurement case holds with farms before it goes to tender – information meetings and dialogue
 * conferences, whom was invited and who came, which farms registered interest in which service
 * areas with how many places, and the development support given to farms (mentoring, contact with
 * Innovasjon Norge about investment, the IPT school). A case goes to tender only with enough
 * interested farms for there to be competition.
 */
package no.ipt.domain.mobilisation;
