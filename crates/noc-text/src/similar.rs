//! Words of the card's "Similar skills" section and skills profile (issue 25), English and French.
//!
//! Descriptor names: the English names are OaSIS 2023's (ESDC), in sentence case, with the one
//! abbreviated name written out. The French names are this project's: ESDC's French edition (SIPEC)
//! could not be obtained here (data/noc2021/PROVENANCE.md §8); they follow the vocabulary of the
//! French NOC (CNP) and of the SIPEC pages where known, and should be replaced by SIPEC's own names
//! when the French rating files are added.
use super::common::Lang;
use noc_data::model::SimilarityBand;
use noc_data::similar::ImmigrationChange;

/// (key, English, French) for every descriptor a card can name (`noc_data::similar::DESCRIPTORS`).
pub const NAMES: &[(&str, &str, &str)] = &[
    // Skills (0–5)
    (
        "reading_comprehension",
        "Reading comprehension",
        "Compréhension de lecture",
    ),
    ("writing", "Writing", "Rédaction"),
    ("numeracy", "Numeracy", "Numératie"),
    (
        "digital_literacy",
        "Digital literacy",
        "Littératie numérique",
    ),
    (
        "oral_communication_active_listening",
        "Oral communication: active listening",
        "Communication orale : écoute active",
    ),
    (
        "oral_communication_oral_comprehension",
        "Oral communication: oral comprehension",
        "Communication orale : compréhension orale",
    ),
    (
        "oral_communication_oral_expression",
        "Oral communication: oral expression",
        "Communication orale : expression orale",
    ),
    ("critical_thinking", "Critical thinking", "Pensée critique"),
    ("decision_making", "Decision making", "Prise de décisions"),
    ("evaluation", "Evaluation", "Évaluation"),
    (
        "learning_and_teaching_strategies",
        "Learning and teaching strategies",
        "Stratégies d’apprentissage et d’enseignement",
    ),
    (
        "problem_solving",
        "Problem solving",
        "Résolution de problèmes",
    ),
    (
        "systems_analysis",
        "Systems analysis",
        "Analyse de systèmes",
    ),
    (
        "digital_production",
        "Digital production",
        "Production numérique",
    ),
    (
        "preventative_maintenance",
        "Preventative maintenance",
        "Entretien préventif",
    ),
    (
        "equipment_and_tool_selection",
        "Equipment and tool selection",
        "Choix de l’équipement et des outils",
    ),
    (
        "operation_and_control",
        "Operation and control",
        "Utilisation et contrôle",
    ),
    (
        "operation_monitoring_of_machinery_and_equipment",
        "Operation monitoring of machinery and equipment",
        "Surveillance du fonctionnement de la machinerie et de l’équipement",
    ),
    (
        "quality_control_testing",
        "Quality control testing",
        "Essais de contrôle de la qualité",
    ),
    ("repairing", "Repairing", "Réparation"),
    ("setting_up", "Setting up", "Installation et réglage"),
    ("product_design", "Product design", "Conception de produits"),
    ("troubleshooting", "Troubleshooting", "Dépannage"),
    (
        "management_of_financial_resources",
        "Management of financial resources",
        "Gestion des ressources financières",
    ),
    (
        "management_of_material_resources",
        "Management of material resources",
        "Gestion des ressources matérielles",
    ),
    (
        "management_of_personnel_resources",
        "Management of personnel resources",
        "Gestion du personnel",
    ),
    ("monitoring", "Monitoring", "Surveillance"),
    ("time_management", "Time management", "Gestion du temps"),
    ("coordinating", "Coordinating", "Coordination"),
    ("instructing", "Instructing", "Formation d’autres personnes"),
    ("negotiating", "Negotiating", "Négociation"),
    ("persuading", "Persuading", "Persuasion"),
    (
        "social_perceptiveness",
        "Social perceptiveness",
        "Perspicacité sociale",
    ),
    // Knowledge (0–3)
    ("accounting", "Accounting", "Comptabilité"),
    (
        "business_administration",
        "Business administration",
        "Administration des affaires",
    ),
    ("clerical", "Clerical", "Travail de bureau"),
    ("finance", "Finance", "Finance"),
    (
        "human_resources_and_labour_relations",
        "Human resources and labour relations",
        "Ressources humaines et relations de travail",
    ),
    (
        "sale_and_marketing",
        "Sales and marketing",
        "Vente et marketing",
    ),
    (
        "client_services",
        "Client services",
        "Service à la clientèle",
    ),
    (
        "communications_and_media",
        "Communications and media",
        "Communications et médias",
    ),
    ("teaching", "Teaching", "Enseignement"),
    (
        "training_mentoring_and_coaching",
        "Training, mentoring and coaching",
        "Formation, mentorat et encadrement",
    ),
    ("hospitality", "Hospitality", "Hôtellerie et restauration"),
    ("mental_health", "Mental health", "Santé mentale"),
    ("physical_health", "Physical health", "Santé physique"),
    (
        "recreation_leisure_and_fitness",
        "Recreation, leisure and fitness",
        "Loisirs et conditionnement physique",
    ),
    (
        "veterinarian_and_animal_care",
        "Veterinary and animal care",
        "Soins vétérinaires et soins aux animaux",
    ),
    ("law", "Law", "Droit"),
    (
        "public_affairs_and_government_relations",
        "Public affairs and government relations",
        "Affaires publiques et relations gouvernementales",
    ),
    (
        "public_safety_and_security",
        "Public safety and security",
        "Sécurité publique",
    ),
    (
        "manufacturing_processing_and_production",
        "Manufacturing, processing and production",
        "Fabrication, transformation et production",
    ),
    ("logistics", "Logistics", "Logistique"),
    (
        "performance_measurement",
        "Performance measurement",
        "Mesure du rendement",
    ),
    (
        "technical_design",
        "Technical design",
        "Conception technique",
    ),
    (
        "agriculture_and_horticulture",
        "Agriculture and horticulture",
        "Agriculture et horticulture",
    ),
    ("forestry", "Forestry", "Foresterie"),
    (
        "geological_resources",
        "Geological resources",
        "Ressources géologiques",
    ),
    (
        "livestock_farm_animals_wildlife",
        "Livestock, farm animals and wildlife",
        "Bétail, animaux de ferme et faune",
    ),
    ("water_resources", "Water resources", "Ressources en eau"),
    ("biology", "Biology", "Biologie"),
    ("chemistry", "Chemistry", "Chimie"),
    ("geoscience", "Geoscience", "Géosciences"),
    ("physics", "Physics", "Physique"),
    ("arts", "Arts", "Arts"),
    ("economics", "Economics", "Économie"),
    ("humanities", "Humanities", "Sciences humaines"),
    (
        "library_conservation_and_heritage",
        "Library, conservation and heritage",
        "Bibliothèques, conservation et patrimoine",
    ),
    (
        "theology_and_philosophy",
        "Theology and philosophy",
        "Théologie et philosophie",
    ),
    (
        "building_and_construction",
        "Building and construction",
        "Bâtiment et construction",
    ),
    (
        "computer_technology_and_information_systems",
        "Computers, technology and information systems",
        "Informatique, technologies et systèmes d’information",
    ),
    (
        "electrical_and_electronics",
        "Electrical and electronics",
        "Électricité et électronique",
    ),
    (
        "mechanics_and_machinery",
        "Mechanics and machinery",
        "Mécanique et machinerie",
    ),
    (
        "telecommunications",
        "Telecommunications",
        "Télécommunications",
    ),
    (
        "vehicles_and_machinery_operations",
        "Vehicle and machinery operation",
        "Conduite de véhicules et de machinerie",
    ),
    ("languages", "Languages", "Langues"),
    ("mathematics", "Mathematics", "Mathématiques"),
    // Work activities (0–5)
    (
        "estimate_quantifiable_charact_of_prod_events_or_info",
        "Estimating the measurable features of products, events or information",
        "Estimation des caractéristiques mesurables de produits, d’événements ou d’information",
    ),
    (
        "getting_information",
        "Getting information",
        "Obtention d’information",
    ),
    (
        "identifying_objects_actions_and_events",
        "Identifying objects, actions and events",
        "Reconnaissance d’objets, d’actions et d’événements",
    ),
    (
        "inspecting_equipment_structures_or_material",
        "Inspecting equipment, structures or material",
        "Inspection d’équipement, de structures ou de matériaux",
    ),
    (
        "monitoring_processes_materials_or_surroundings",
        "Monitoring processes, materials or surroundings",
        "Surveillance de procédés, de matériaux ou des environs",
    ),
    (
        "controlling_machines_and_processes",
        "Controlling machines and processes",
        "Commande de machines et de procédés",
    ),
    (
        "developing_technical_instructions",
        "Developing technical instructions",
        "Rédaction d’instructions techniques",
    ),
    (
        "clerical_activities",
        "Clerical activities",
        "Tâches de bureau",
    ),
    (
        "electronic_maintenance",
        "Electronic maintenance",
        "Entretien d’équipement électronique",
    ),
    (
        "handling_and_moving_objects",
        "Handling and moving objects",
        "Manutention et déplacement d’objets",
    ),
    (
        "interacting_with_computers",
        "Interacting with computers",
        "Travail à l’ordinateur",
    ),
    (
        "managing_resources",
        "Managing resources",
        "Gestion des ressources",
    ),
    (
        "mechanical_maintenance",
        "Mechanical maintenance",
        "Entretien mécanique",
    ),
    (
        "operating_vehicles_mechanized_devices_or_equipment",
        "Operating vehicles, mechanized devices or equipment",
        "Conduite de véhicules, d’appareils mécanisés ou d’équipement",
    ),
    (
        "performing_general_physical_activities",
        "Performing general physical activities",
        "Activités physiques générales",
    ),
    (
        "processing_information",
        "Processing information",
        "Traitement de l’information",
    ),
    (
        "analyzing_data_or_information",
        "Analyzing data or information",
        "Analyse de données ou d’information",
    ),
    (
        "developing_objectives_and_strategies",
        "Developing objectives and strategies",
        "Élaboration d’objectifs et de stratégies",
    ),
    (
        "evaluating_information_to_determine_compliance_with_standards",
        "Evaluating information against standards",
        "Évaluation de la conformité aux normes",
    ),
    (
        "judging_quality",
        "Judging quality",
        "Appréciation de la qualité",
    ),
    ("making_decisions", "Making decisions", "Prise de décisions"),
    (
        "planning_and_organizing",
        "Planning and organizing",
        "Planification et organisation",
    ),
    (
        "scheduling_work_and_activities",
        "Scheduling work and activities",
        "Établissement des horaires de travail et d’activités",
    ),
    (
        "thinking_creatively",
        "Thinking creatively",
        "Pensée créative",
    ),
    (
        "using_new_relevant_knowledge",
        "Using new relevant knowledge",
        "Mise à profit de nouvelles connaissances utiles",
    ),
    (
        "assisting_and_caring_for_others",
        "Assisting and caring for others",
        "Aide et soins aux autres",
    ),
    (
        "coaching_and_developing_others",
        "Coaching and developing others",
        "Encadrement et perfectionnement des autres",
    ),
    (
        "communicating_with_persons_outside_organization",
        "Communicating with people outside the organization",
        "Communication avec des personnes de l’extérieur",
    ),
    (
        "communicating_with_coworkers",
        "Communicating with coworkers",
        "Communication avec les collègues",
    ),
    (
        "coordinating_the_work_and_activities_of_others",
        "Coordinating the work and activities of others",
        "Coordination du travail et des activités des autres",
    ),
    (
        "establishing_and_maintaining_interpersonal_relationships",
        "Establishing and maintaining working relationships",
        "Établissement et maintien de relations de travail",
    ),
    (
        "interpreting_the_meaning_of_information_for_others",
        "Interpreting information for others",
        "Explication de l’information aux autres",
    ),
    (
        "performing_for_or_working_directly_with_the_public",
        "Performing for or working directly with the public",
        "Prestation devant le public ou travail direct avec lui",
    ),
    (
        "providing_consultation_and_advice",
        "Providing consultation and advice",
        "Consultation et conseils",
    ),
    (
        "resolving_conflicts_and_negotiating_with_others",
        "Resolving conflicts and negotiating with others",
        "Résolution de conflits et négociation",
    ),
    (
        "selling_or_influencing_others",
        "Selling or influencing others",
        "Vente ou influence auprès des autres",
    ),
    ("staffing", "Staffing", "Dotation en personnel"),
    (
        "supervising_subordinates",
        "Supervising subordinates",
        "Supervision du personnel",
    ),
    ("team_building", "Team building", "Consolidation d’équipe"),
    (
        "training_and_teaching",
        "Training and teaching",
        "Formation et enseignement",
    ),
    // Work context (1–5)
    ("competition", "Competition", "Concurrence"),
    (
        "consequence_of_error",
        "Consequence of error",
        "Conséquences d’une erreur",
    ),
    (
        "freedom_to_make_decisions",
        "Freedom to make decisions",
        "Liberté de prendre des décisions",
    ),
    (
        "pace_determined_by_speed_of_equipment",
        "Pace set by the speed of equipment",
        "Rythme imposé par la vitesse de l’équipement",
    ),
    ("precision", "Precision", "Précision"),
    ("tasks_repetition", "Repetitive tasks", "Tâches répétitives"),
    ("time_pressure", "Time pressure", "Pression du temps"),
    (
        "biological_agents",
        "Biological agents",
        "Agents biologiques",
    ),
    (
        "dangerous_chemical_substances",
        "Dangerous chemical substances",
        "Substances chimiques dangereuses",
    ),
    (
        "extreme_temperatures",
        "Extreme temperatures",
        "Températures extrêmes",
    ),
    (
        "hazardous_conditions",
        "Hazardous conditions",
        "Conditions dangereuses",
    ),
    (
        "hazardous_equipment_machinery_tools",
        "Hazardous equipment, machinery, tools",
        "Équipement, machinerie et outils dangereux",
    ),
    ("high_places", "High places", "Endroits élevés"),
    (
        "in_an_enclosed_vehicle_or_equipment",
        "In an enclosed vehicle or equipment",
        "Dans un véhicule ou un équipement fermé",
    ),
    (
        "indoors_not_environmentally_controlled",
        "Indoors, not climate-controlled",
        "À l’intérieur, sans contrôle du climat",
    ),
    (
        "outside_exposed_to_weather",
        "Outside, exposed to weather",
        "À l’extérieur, exposé aux intempéries",
    ),
    (
        "physical_proximity",
        "Physical proximity",
        "Proximité physique",
    ),
    ("sound_and_noise", "Sound and noise", "Sons et bruit"),
    (
        "specialized_safety_equipment",
        "Specialized safety equipment",
        "Équipement de sécurité spécialisé",
    ),
    (
        "standard_safety_equipment",
        "Standard safety equipment",
        "Équipement de sécurité courant",
    ),
    ("vibration", "Vibration", "Vibrations"),
    (
        "bending_or_twisting_the_body",
        "Bending or twisting the body",
        "Se pencher ou se tourner",
    ),
    ("climbing", "Climbing", "Grimper"),
    (
        "cramped_work_space_awkward_positions",
        "Cramped work space, awkward positions",
        "Espace restreint, positions inconfortables",
    ),
    (
        "handling_material_manually",
        "Handling material by hand",
        "Manipulation manuelle de matériel",
    ),
    (
        "making_repetitive_motions",
        "Making repetitive motions",
        "Mouvements répétitifs",
    ),
    ("sitting", "Sitting", "Position assise"),
    ("standing", "Standing", "Position debout"),
    (
        "walking_and_running",
        "Walking and running",
        "Marcher et courir",
    ),
    (
        "conflict_situations",
        "Conflict situations",
        "Situations conflictuelles",
    ),
    (
        "contact_with_others",
        "Contact with others",
        "Contacts avec d’autres personnes",
    ),
    (
        "deal_with_external_customers",
        "Dealing with external customers",
        "Relations avec la clientèle externe",
    ),
    (
        "deal_with_physically_aggressive_people",
        "Dealing with physically aggressive people",
        "Relations avec des personnes physiquement agressives",
    ),
    (
        "dealing_with_unpleasant_or_angry_people",
        "Dealing with unpleasant or angry people",
        "Relations avec des personnes désagréables ou en colère",
    ),
    (
        "public_speaking",
        "Public speaking",
        "Prise de parole en public",
    ),
    (
        "responsible_for_others_health_and_safety",
        "Responsible for others’ health and safety",
        "Responsabilité de la santé et de la sécurité des autres",
    ),
    (
        "work_with_work_group_or_team",
        "Working in a group or team",
        "Travail en groupe ou en équipe",
    ),
];

/// A descriptor's name; the key itself for one this table does not know (a test rules it out).
pub fn name(lang: Lang, key: &str) -> &str {
    match NAMES.iter().find(|n| n.0 == key) {
        Some((_, en, fr)) => match lang {
            Lang::En => en,
            Lang::Fr => fr,
        },
        None => key,
    }
}

/// Fixed words of the section and the chart.
pub struct SimilarText {
    pub heading: &'static str,
    pub intro: &'static str,
    pub none: &'static str,
    pub to_build: &'static str,
    pub nothing_to_build: &'static str,
    pub shared: &'static str,
    pub immigration: &'static str,
    pub method: &'static str,
    pub profile_heading: &'static str,
    pub profile_caption: &'static str,
    pub top_skills: &'static str,
    pub work_context: &'static str,
    pub context_note: &'static str,
    pub descriptor: &'static str,
    pub level: &'static str,
    pub table_summary: &'static str,
}

pub fn text(lang: Lang) -> &'static SimilarText {
    match lang {
        Lang::En => &EN,
        Lang::Fr => &FR,
    }
}

static EN: SimilarText = SimilarText {
    heading: "Similar skills",
    intro: "Occupations whose skills, abilities, knowledge and work activities, as ESDC rates them, are closest to this one's.",
    none: "No other occupation's ratings are close enough to show.",
    to_build: "To build",
    nothing_to_build: "Nothing it asks is rated clearly higher.",
    shared: "You already use",
    immigration: "For immigration",
    method: "Ratings: ESDC's OaSIS 2023 (Open Government Licence – Canada), averaged over each unit group's profiles and compared by this project. Similar skills do not make a switch easy: many of these occupations need a licence, a certificate or experience first.",
    profile_heading: "Skills profile",
    profile_caption: "Its highest-rated skills and most telling work conditions (ESDC OaSIS ratings)",
    top_skills: "Top skills (0 to 5)",
    work_context: "Work context (1 to 5)",
    context_note: "Work-context ratings say how often, how much or how important, as OaSIS rates each item.",
    descriptor: "Rated item",
    level: "Rating",
    table_summary: "Ratings as a table",
};

static FR: SimilarText = SimilarText {
    heading: "Compétences semblables",
    intro: "Professions dont les compétences, habiletés, connaissances et activités de travail, telles qu’EDSC les évalue, sont les plus proches de celles-ci.",
    none: "Aucune autre profession n’a des évaluations assez proches pour être affichée.",
    to_build: "À développer",
    nothing_to_build: "Rien de ce qu’elle exige n’est évalué nettement plus haut.",
    shared: "Vous les utilisez déjà",
    immigration: "Pour l’immigration",
    method: "Évaluations : SIPEC 2023 d’EDSC (Licence du gouvernement ouvert – Canada), moyennes des profils de chaque groupe de base, comparées par ce projet. Des compétences semblables ne rendent pas un changement facile : plusieurs de ces professions exigent d’abord un permis, un certificat ou de l’expérience.",
    profile_heading: "Profil de compétences",
    profile_caption: "Ses compétences les mieux évaluées et ses conditions de travail les plus marquantes (évaluations SIPEC d’EDSC)",
    top_skills: "Principales compétences (0 à 5)",
    work_context: "Contexte de travail (1 à 5)",
    context_note: "Les évaluations du contexte de travail indiquent la fréquence, l’intensité ou l’importance, selon l’élément évalué par le SIPEC.",
    descriptor: "Élément évalué",
    level: "Évaluation",
    table_summary: "Les évaluations sous forme de tableau",
};

/// How close, in words.
pub fn band(lang: Lang, band: SimilarityBand) -> &'static str {
    match (lang, band) {
        (Lang::En, SimilarityBand::VeryClose) => "Very similar skills",
        (Lang::En, SimilarityBand::Close) => "Similar skills",
        (Lang::Fr, SimilarityBand::VeryClose) => "Compétences très semblables",
        (Lang::Fr, SimilarityBand::Close) => "Compétences semblables",
    }
}

/// A rating on its scale: "4.5 of 5" / "4,5 sur 5".
pub fn level(lang: Lang, level: f64, max: u8) -> String {
    let v = format!("{level:.1}");
    match lang {
        Lang::En => format!("{v} of {max}"),
        Lang::Fr => format!("{} sur {max}", v.replace('.', ",")),
    }
}

/// "Median wage in Canada: $41.00/h (this occupation: $36.00/h)".
pub fn wage_line(lang: Lang, there: Option<String>, here: Option<String>) -> String {
    let missing = match lang {
        Lang::En => "not published",
        Lang::Fr => "non publié",
    };
    let there = there.unwrap_or_else(|| missing.to_owned());
    let here = here.unwrap_or_else(|| missing.to_owned());
    match lang {
        Lang::En => format!("Median wage in Canada: {there} (this occupation: {here})"),
        Lang::Fr => format!("Salaire médian au Canada : {there} (cette profession : {here})"),
    }
}

/// "Outlook 2024–2033 (COPS): Balance".
pub fn outlook_line(lang: Lang, label: &str) -> String {
    match lang {
        Lang::En => format!("Outlook 2024–2033 (COPS): {label}"),
        Lang::Fr => format!("Perspectives 2024-2033 (SPPC) : {label}"),
    }
}

/// One change for Express Entry, as a phrase.
pub fn change(lang: Lang, c: &ImmigrationChange) -> String {
    use ImmigrationChange::*;
    match (lang, c) {
        (Lang::En, CountsForExpressEntry { teer }) => {
            format!("counts for Express Entry (TEER {teer})")
        }
        (Lang::Fr, CountsForExpressEntry { teer }) => {
            format!("compte pour Entrée express (FÉER {teer})")
        }
        (Lang::En, NotSkilledWork { teer }) => {
            format!("would not count for Express Entry (TEER {teer})")
        }
        (Lang::Fr, NotSkilledWork { teer }) => {
            format!("ne compterait pas pour Entrée express (FÉER {teer})")
        }
        (Lang::En, CountsForSkilledTrades) => {
            "counts for the Federal Skilled Trades Program".to_owned()
        }
        (Lang::Fr, CountsForSkilledTrades) => {
            "compte pour le Programme des travailleurs de métiers spécialisés (fédéral)".to_owned()
        }
        (
            Lang::En,
            OnCategoryList {
                category,
                list_date,
            },
        ) => format!(
            "on the {} {} category list",
            &list_date[..4.min(list_date.len())],
            super::card::category_name(lang, category).to_lowercase()
        ),
        (
            Lang::Fr,
            OnCategoryList {
                category,
                list_date,
            },
        ) => format!(
            "sur la liste {} de la catégorie « {} »",
            &list_date[..4.min(list_date.len())],
            super::card::category_name(lang, category)
        ),
        (Lang::En, NoChange) => "same Express Entry standing as this occupation".to_owned(),
        (Lang::Fr, NoChange) => {
            "même situation pour Entrée express que cette profession".to_owned()
        }
    }
}

/// The immigration line: every change, joined.
pub fn immigration_line(lang: Lang, changes: &[ImmigrationChange]) -> String {
    let parts: Vec<String> = changes.iter().map(|c| change(lang, c)).collect();
    let mut s = parts.join("; ");
    if let Some(first) = s.get(..1) {
        s = first.to_uppercase() + &s[1..];
    }
    s.push('.');
    s
}

/// A median wage with its unit: "$41.00 per hour" / "41,00 $ l’heure", "$85,000 per year".
pub fn wage(lang: Lang, amount: f64, unit: noc_data::WageUnit) -> String {
    let tx = super::card::text(lang);
    match unit {
        noc_data::WageUnit::Hourly => {
            format!("{} {}", super::card::money(lang, amount, true), tx.hourly)
        }
        noc_data::WageUnit::Annual => {
            format!("{} {}", super::card::money(lang, amount, false), tx.annual)
        }
    }
}

/// The section as plain text (`noc similar CODE`).
pub fn plain(lang: Lang, card: &noc_data::Card) -> String {
    let tx = text(lang);
    let ct = super::card::text(lang);
    let mut out = format!(
        "{} — {} {} {}\n",
        tx.heading, ct.noc_label, card.code, card.title
    );
    let here = card
        .wages
        .national
        .as_ref()
        .and_then(|w| w.median.map(|m| wage(lang, m, w.unit)));
    if card.similar.is_empty() {
        out.push_str(tx.none);
        out.push('\n');
    }
    for s in &card.similar {
        out.push_str(&format!(
            "\n{} {} — {} · {}\n",
            s.code,
            s.title,
            super::card::teer_badge(lang, s.teer),
            band(lang, s.band)
        ));
        let there = s.median_wage.as_ref().map(|w| wage(lang, w.amount, w.unit));
        out.push_str(&format!("  {}\n", wage_line(lang, there, here.clone())));
        out.push_str(&format!("  {}\n", outlook_line(lang, &s.outlook.label)));
        let names = |list: &[noc_data::similar::DescriptorGap]| {
            list.iter()
                .map(|g| name(lang, g.key))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if s.to_build.is_empty() {
            out.push_str(&format!(
                "  {}{}{}\n",
                tx.to_build,
                super::card::colon(lang),
                tx.nothing_to_build
            ));
        } else {
            out.push_str(&format!(
                "  {}{}{}\n",
                tx.to_build,
                super::card::colon(lang),
                names(&s.to_build)
            ));
        }
        if !s.shared.is_empty() {
            out.push_str(&format!(
                "  {}{}{}\n",
                tx.shared,
                super::card::colon(lang),
                names(&s.shared)
            ));
        }
        out.push_str(&format!(
            "  {}{}{}\n",
            tx.immigration,
            super::card::colon(lang),
            immigration_line(lang, &s.immigration)
        ));
    }
    out.push_str(&format!("\n{}\n", tx.method));
    out
}

/// Accessible name of the chart: its top skill and how many items it shows.
pub fn chart_label(lang: Lang, title: &str) -> String {
    match lang {
        Lang::En => format!("Skills profile of {title}"),
        Lang::Fr => format!("Profil de compétences : {title}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_descriptor_has_names_in_both_languages() {
        for (key, _, _) in noc_data::similar::DESCRIPTORS {
            let n = NAMES.iter().find(|n| n.0 == *key);
            assert!(n.is_some(), "no names for descriptor {key}");
            let (_, en, fr) = n.unwrap();
            assert!(!en.is_empty() && !fr.is_empty(), "{key}");
        }
        assert_eq!(NAMES.len(), noc_data::similar::DESCRIPTORS.len());
    }

    #[test]
    fn immigration_lines_read_as_sentences() {
        let c = [ImmigrationChange::CountsForExpressEntry { teer: 2 }];
        assert_eq!(
            immigration_line(Lang::En, &c),
            "Counts for Express Entry (TEER 2)."
        );
        assert_eq!(
            immigration_line(Lang::Fr, &c),
            "Compte pour Entrée express (FÉER 2)."
        );
        assert_eq!(level(Lang::Fr, 4.5, 5), "4,5 sur 5");
    }
}
